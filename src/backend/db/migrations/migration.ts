import type { Db } from '../sqlite';

/** One numbered schema change. Migrations are append-only: never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
  /** Run after `up`, in the same transaction: for data SQL alone cannot compute (a checksum, say). */
  fill?(db: Db): void;
}
