import { useState } from 'react';
import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { NewProjectIcon, OpenIcon } from '../ui/icons';
import { NewProjectDialog } from './NewProjectDialog';
import { OpenProjectDialog } from './OpenProjectDialog';
import { RecentProjects } from './RecentProjects';
import { SampleGallery } from './SampleGallery';
import styles from './StartScreen.module.css';

/** The first screen: start something new, reopen recent work, or learn from a sample. */
export function StartScreen() {
  const nativeDialogs = useApp((s) => s.info?.nativeDialogs ?? false);
  const chooseProjectToOpen = useApp((s) => s.chooseProjectToOpen);
  const [dialog, setDialog] = useState<'new' | 'open' | null>(null);

  return (
    <main className={styles.screen} aria-labelledby="start-title">
      <div className={styles.inner}>
        <header className={styles.brand}>
          <h1 id="start-title">Ballast</h1>
          <p className={styles.tagline}>
            See where your org is heading: balance, chaos, bureaucracy or stagnation.
          </p>
        </header>

        <div className={styles.actions}>
          <Button variant="primary" onClick={() => setDialog('new')}>
            <NewProjectIcon aria-hidden /> New project
          </Button>
          <Button onClick={() => (nativeDialogs ? void chooseProjectToOpen() : setDialog('open'))}>
            <OpenIcon aria-hidden /> Open…
          </Button>
        </div>

        <RecentProjects />
        <SampleGallery />
      </div>
      <NewProjectDialog open={dialog === 'new'} onClose={() => setDialog(null)} />
      <OpenProjectDialog open={dialog === 'open'} onClose={() => setDialog(null)} />
    </main>
  );
}
