import { useApp } from '../app/store-context';
import { MissingFileIcon, RecentIcon } from '../ui/icons';
import styles from './StartScreen.module.css';

export function RecentProjects() {
  const recent = useApp((s) => s.recent);
  const openProject = useApp((s) => s.openProject);

  return (
    <section className={styles.section} aria-labelledby="recent-title">
      <h2 id="recent-title">Recent projects</h2>
      {recent.length === 0 ? (
        <p className={styles.empty}>
          Projects you open appear here. Start with a sample below to see how Ballast projects an org quarter
          by quarter, or create a new project and import your org chart.
        </p>
      ) : (
        <ul className={styles.list}>
          {recent.map((project) => (
            <li key={project.path}>
              <button
                className={styles.row}
                disabled={!project.exists}
                onClick={() => void openProject(project.path)}
                title={project.exists ? project.path : `${project.path} was moved or deleted`}
              >
                {project.exists ? (
                  <RecentIcon size={16} aria-hidden />
                ) : (
                  <MissingFileIcon size={16} aria-hidden />
                )}
                <span className={styles.rowMain}>
                  <span className={styles.rowTitle}>{project.name}</span>
                  <span className={styles.rowDetail}>
                    {project.exists ? project.path : `Missing: ${project.path}`}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
