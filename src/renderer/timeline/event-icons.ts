// The timeline's icons, one per event type (lucide, like ../ui/icons.ts, which holds the app's shared set).
import {
  ArrowRightLeft,
  CloudLightning,
  GraduationCap,
  MessagesSquare,
  RefreshCcw,
  TrendingUp,
  UserCog,
  UserMinus,
  UserPlus,
  Waves,
  type LucideIcon,
} from 'lucide-react';
import type { EventType } from '../../core/scenario/types';

export const EVENT_ICONS: Record<EventType, LucideIcon> = {
  grow: TrendingUp,
  hire: UserPlus,
  depart: UserMinus,
  reorg: ArrowRightLeft,
  crisis: CloudLightning,
  marketShift: Waves,
  coaching: GraduationCap,
  feedback360: RefreshCcw,
  oneOnOnes: MessagesSquare,
  succession: UserCog,
};
