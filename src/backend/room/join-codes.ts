import { randomInt } from 'node:crypto';

/**
 * Join codes: short enough to read off a projector and type on a laptop, random enough that guessing
 * one is hopeless behind the lockout (31^6, about 8.9 × 10^8, against ten tries per address).
 * No 0/O, 1/I/L: nothing a participant can misread.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** `count` distinct crypto-random codes; a new set for each session. */
export function newJoinCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let code = '';
    for (let i = 0; i < JOIN_CODE_LENGTH; i++)
      code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
    codes.add(code);
  }
  return [...codes];
}

/** What a participant typed, as a code: case, spaces and dashes do not matter. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
