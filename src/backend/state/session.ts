import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { SessionProject } from '../../core/api/contract';

const FILE_NAME = 'session.json';

const storedSession = z.object({
  projects: z.array(z.object({ path: z.string(), lastScenarioId: z.string().nullable() })),
});
type StoredProject = z.infer<typeof storedSession>['projects'][number];

/**
 * The projects open right now (and the scenario shown in each), kept in the state folder as they change
 * and emptied on a clean close. Whatever a new start finds in it was open when the app crashed or was
 * killed: that is what `session.restore` offers to reopen. It is read once, at start, before this run
 * writes its own.
 */
export class Session {
  private readonly file: string;
  private readonly open = new Map<string, string | null>();
  readonly previous: readonly StoredProject[];

  constructor(stateDir: string) {
    this.file = join(stateDir, FILE_NAME);
    this.previous = this.read();
  }

  /** What the previous run left open, each with whether its file is still there. */
  unclosed(): SessionProject[] {
    return this.previous.map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  opened(path: string, lastScenarioId: string | null): void {
    this.open.set(path, this.open.get(path) ?? lastScenarioId);
    this.write();
  }

  scenarioShown(path: string, scenarioId: string): void {
    if (this.open.get(path) === scenarioId) return;
    this.open.set(path, scenarioId);
    this.write();
  }

  closed(path: string): void {
    if (this.open.delete(path)) this.write();
  }

  /** A clean close: nothing to reopen next time. */
  clear(): void {
    this.open.clear();
    this.write();
  }

  private read(): StoredProject[] {
    try {
      const parsed = storedSession.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.projects : [];
    } catch {
      return [];
    }
  }

  /** Written to a temporary file and renamed, so a crash leaves the old list or the new, never half. */
  private write(): void {
    const projects = [...this.open].map(([path, lastScenarioId]) => ({ path, lastScenarioId }));
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify({ projects }, null, 2));
    renameSync(temporary, this.file);
  }
}
