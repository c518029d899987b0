// The one place icons come from, so the set stays consistent (lucide: one stroke style, MIT licensed).
export {
  AlertTriangle as WarningIcon,
  ArrowLeft as BackIcon,
  Building2 as SampleIcon,
  Clock as RecentIcon,
  FilePlus2 as NewProjectIcon,
  FolderOpen as OpenIcon,
  Moon as DarkIcon,
  Sun as LightIcon,
  Users as TeamIcon,
  UserRound as PersonIcon,
  UserRoundX as VacantIcon,
  X as CloseIcon,
  FileQuestion as MissingFileIcon,
} from 'lucide-react';
