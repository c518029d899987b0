import { DropdownMenu } from 'radix-ui';
import { useAppStoreIfAny } from '../app/store-context';
import { useEditorStore } from '../editor/editor-context';
import { runPresenterCommand } from './presenter-commands';
import { presenterStore } from './presenter-store';
import { openFacilitatorTab } from './FacilitatorTab';

/**
 * The View menu's way into the presenter view, and to the facilitator's controls: a tab of their own in
 * browser mode; over the stage in the desktop app, whose security settings refuse new windows.
 */
export function PresenterMenuItems({ itemClassName }: { itemClassName: string }) {
  const editor = useEditorStore();
  const app = useAppStoreIfAny();
  const desktop = typeof window !== 'undefined' && window.ballast !== undefined;
  return (
    <>
      <DropdownMenu.Item
        className={itemClassName}
        onSelect={() => runPresenterCommand({ type: 'present' }, { editor, app })}
      >
        Presenter view (F5)
      </DropdownMenu.Item>
      <DropdownMenu.Item
        className={itemClassName}
        onSelect={() => {
          if (desktop || !openFacilitatorTab()) {
            runPresenterCommand({ type: 'present' }, { editor, app });
            if (!presenterStore.getState().controlsOpen) presenterStore.getState().toggleControls();
          }
        }}
      >
        {desktop ? 'Presenter view with facilitator controls' : 'Open facilitator controls in a new tab'}
      </DropdownMenu.Item>
    </>
  );
}
