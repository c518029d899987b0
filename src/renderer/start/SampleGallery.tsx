import { useApp } from '../app/store-context';
import styles from './StartScreen.module.css';

export function SampleGallery() {
  const samples = useApp((s) => s.samples);
  const openSample = useApp((s) => s.openSample);
  if (samples.length === 0) return null;

  return (
    <section className={styles.section} aria-labelledby="samples-title">
      <h2 id="samples-title">Samples</h2>
      <div className={styles.samples}>
        {samples.map((sample) => (
          <button
            key={sample.id}
            className={styles.sample}
            onClick={() => void openSample(sample.id)}
            aria-label={`Open sample: ${sample.name}`}
          >
            <span className={styles.sampleAudience}>For {sample.audience}</span>
            <span className={styles.sampleName}>{sample.name}</span>
            <span className={styles.sampleText}>{sample.description}</span>
            <span className={styles.sampleMeta}>
              {sample.scenarioCount} scenario{sample.scenarioCount === 1 ? '' : 's'} · opens as a copy
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
