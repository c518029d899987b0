/** One numbered schema change. Migrations are append-only: never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
}
