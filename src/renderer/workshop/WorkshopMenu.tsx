import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useApp } from '../app/store-context';
import { openRoomDialog } from '../room/room-dialog-store';
import { Button } from '../ui/Button';
import { Debrief } from './Debrief';
import { FacilitatorGuide } from './FacilitatorGuide';
import { GroupsBoard } from './GroupsBoard';
import { MakeGroupsDialog } from './MakeGroupsDialog';
import { useWorkshopBoard } from './use-workshop-board';
import menuStyles from '../project/ProjectScreen.module.css';

type View = 'make' | 'board' | 'debrief' | 'guide' | null;

/**
 * The Workshop menu (docs/WORKSHOP.md): make groups from the scenario on screen, the groups board and
 * its debrief, and the facilitator's guide. The board and the debrief share one simulation of the groups.
 */
export function WorkshopMenu() {
  const scenarioId = useApp((s) => s.scenarioId);
  const [view, setView] = useState<View>(null);
  const data = useWorkshopBoard(view === 'board' || view === 'debrief');
  const close = () => setView(null);
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <Button variant="ghost" size="small">
            Workshop
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className={menuStyles.menu} sideOffset={4}>
            <DropdownMenu.Item
              className={menuStyles.menuItem}
              disabled={!scenarioId}
              onSelect={() => setView('make')}
            >
              Make groups…
            </DropdownMenu.Item>
            <DropdownMenu.Item className={menuStyles.menuItem} onSelect={() => setView('board')}>
              Groups board…
            </DropdownMenu.Item>
            <DropdownMenu.Item className={menuStyles.menuItem} onSelect={openRoomDialog}>
              Room session…
            </DropdownMenu.Item>
            <DropdownMenu.Separator className={menuStyles.menuSeparator} />
            <DropdownMenu.Item className={menuStyles.menuItem} onSelect={() => setView('guide')}>
              Facilitator&apos;s guide
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <MakeGroupsDialog open={view === 'make'} onClose={close} />
      <GroupsBoard open={view === 'board'} data={data} onClose={close} onDebrief={() => setView('debrief')} />
      {view === 'debrief' ? <Debrief data={data} onBack={() => setView('board')} onClose={close} /> : null}
      <FacilitatorGuide open={view === 'guide'} onClose={close} />
    </>
  );
}
