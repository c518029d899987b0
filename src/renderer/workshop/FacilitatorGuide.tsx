import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { GUIDE_STEPS } from './facilitator-guide';
import styles from './Workshop.module.css';

/** Workshop → Facilitator's guide: the steps of a 90-minute session, with the keys to use. */
export function FacilitatorGuide({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Facilitator's guide: a 90-minute session"
      description="From an empty room to a printed debrief: times are minutes from the start."
      size="wide"
      footer={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className={styles.guide}>
        {GUIDE_STEPS.map((step) => (
          <section key={step.title} aria-label={step.title}>
            <h3>
              {step.when === 'Before' ? 'Before the session' : `${step.when} min`}: {step.title}
            </h3>
            <ul>
              {step.what.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
