import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName, RequestOf, ResponseOf } from '../../src/core/api/contract';
import { card } from './helpers/app-page';
import { launchChromium } from './helpers/chromium';
import { REPO_ROOT, startWebApp, type WebApp } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const GROUPS = ['Group 1', 'Group 2', 'Group 3'];
const ROLE = 'Engineering lead';

let browser: Browser;
let app: WebApp;
beforeAll(async () => {
  browser = await launchChromium();
  app = await startWebApp();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The facilitator's own API, as browser mode's UI calls it (the secret from the printed URL). */
async function facilitator<N extends OperationName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
  const secret = new URL(app.url).hash.replace('#secret=', '');
  const response = await fetch(`${app.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Ballast-Secret': secret },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as {
    ok: boolean;
    value: ResponseOf<N>;
    error?: { message: string };
  };
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
  return result.value;
}

/** One participant's request from inside its page (same origin, its own code), answered with the status or 'failed'. */
function fromPage(page: Page, operation: string, code: string, body: string): Promise<number | 'failed'> {
  return page.evaluate(
    async ({ operation, code, body }) => {
      try {
        const response = await fetch(`/room/api/${operation}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-ballast-room-code': code },
          body,
        });
        return response.status;
      } catch {
        return 'failed' as const;
      }
    },
    { operation, code, body },
  );
}

const planOf = (stored: ResponseOf<'scenario.load'>) =>
  stored.scenario.roles.find((r) => r.title === ROLE)!.strengths.plan;

describe('a room session: three groups on their own browsers (issue 14, item 4)', () => {
  it('lets each group edit only its own variant, shows every change to the facilitator, and closes everything at the end', async () => {
    // The facilitator: a project from a sample, three groups made from its first scenario, a session
    // on loopback.
    const project = await facilitator('samples.open', { sampleId: 'founder-led-startup' });
    const baselineId = project.scenarios[0].id;
    const workshop = await facilitator('workshop.createGroups', {
      path: project.path,
      baselineId,
      names: GROUPS,
    });
    const baselinePlan = planOf(
      await facilitator('scenario.load', { path: project.path, scenarioId: baselineId }),
    );
    const status = await facilitator('room.start', { path: project.path, address: '127.0.0.1' });
    expect(status.groups.map((g) => g.name)).toEqual(GROUPS);
    expect(status.groups.map((g) => g.scenarioId)).toEqual(workshop.groups.map((g) => g.scenarioId));

    // Three laptops: the first two follow their QR code's link, the third types its code.
    const contexts: BrowserContext[] = [];
    const pages: Page[] = [];
    const errors: string[] = [];
    for (const [i, group] of status.groups.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      contexts.push(context);
      pages.push(page);
      if (i < 2) {
        await page.goto(group.joinUrl);
      } else {
        await page.goto(status.url!);
        await page.getByRole('heading', { name: 'Enter your group’s code' }).waitFor();
        await page.getByLabel('Group code', { exact: true }).fill(group.code.toLowerCase());
        await page.screenshot({ path: join(SCREENSHOTS, 'room-join.png') });
        await page.getByRole('button', { name: 'Join', exact: true }).click();
      }
      await expect.poll(() => page.getByTestId('room-group-name').textContent()).toBe(group.name);
      // The code never stays in the address bar, and no file or project commands are offered.
      expect(page.url()).not.toContain(group.code);
      await expect(page.getByRole('button', { name: 'File', exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Back to the start screen' }).count()).resolves.toBe(0);
    }
    await pages[0].screenshot({ path: join(SCREENSHOTS, 'room-participant.png') });

    // The facilitator's desk: the project open on the groups board, which follows the groups' saves.
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const deskPage = await desk.newPage();
    deskPage.on('pageerror', (error) => errors.push(error.message));
    await deskPage.goto(app.url);
    await deskPage
      .getByRole('button', { name: /^Founder-led startup/ })
      .first()
      .click();
    await deskPage.getByRole('button', { name: 'Workshop', exact: true }).click();
    await deskPage.getByRole('menuitem', { name: 'Groups board…' }).click();
    await deskPage.getByRole('list', { name: 'Groups against the baseline' }).waitFor();

    // Each group sets its own Plan strength on the same role; the facilitator sees each within 2 s, in
    // the project file and on the board.
    // Three values, each different from the baseline's, so every group has a change to show.
    const values = [1, 2, 4, 5].filter((v) => v !== baselinePlan).slice(0, 3);
    for (const [i, page] of pages.entries()) {
      const value = String(values[i]);
      await card(page, ROLE).click();
      await page.getByLabel('Plan, 0 to 10').fill(value);
      await page.getByLabel('Plan, 0 to 10').press('Enter');
      const scenarioId = status.groups[i].scenarioId;
      await expect
        .poll(async () => planOf(await facilitator('scenario.load', { path: project.path, scenarioId })), {
          timeout: 2_000,
          interval: 100,
        })
        .toBe(values[i]);
      await expect
        .poll(
          async () => {
            const changes = deskPage.getByRole('list', { name: `Changes: ${GROUPS[i]}`, exact: true });
            return (await changes.count()) === 0 ? '' : await changes.textContent();
          },
          { timeout: 2_000, interval: 100 },
        )
        .toContain(`${ROLE}: Plan ${baselinePlan} → ${value}`);
    }
    await deskPage.screenshot({ path: join(SCREENSHOTS, 'room-groups-board.png') });
    await deskPage.keyboard.press('Escape');

    // The baseline is untouched by all of it.
    expect(planOf(await facilitator('scenario.load', { path: project.path, scenarioId: baselineId }))).toBe(
      baselinePlan,
    );

    // What a participant's page may not do, from inside it.
    const [first, second] = status.groups;
    const page = pages[0];
    expect(
      await fromPage(page, 'scenario.load', first.code, JSON.stringify({ scenarioId: second.scenarioId })),
    ).toBe(403);
    expect(
      await fromPage(page, 'scenario.load', first.code, JSON.stringify({ scenarioId: baselineId })),
    ).toBe(200);
    expect(await fromPage(page, 'project.open', first.code, JSON.stringify({ path: project.path }))).toBe(
      404,
    );
    expect(await fromPage(page, 'backups.list', first.code, JSON.stringify({ path: project.path }))).toBe(
      404,
    );
    expect(await fromPage(page, 'ping', 'NOPE42', '{}')).toBe(403);
    const oversize = JSON.stringify({
      scenarioId: first.scenarioId,
      scenario: { notes: 'x'.repeat(3_000_000) },
    });
    expect(await fromPage(page, 'scenario.save', first.code, oversize)).toBe(413);

    // The baseline, read-only, through Compare; and back to the group's own version.
    await page.getByRole('button', { name: 'Compare with the baseline' }).click();
    const compared = page.getByRole('dialog', { name: 'Compare scenarios' });
    await compared.getByRole('button', { name: project.scenarios[0].name, exact: true }).click();
    await page.getByText('This is the baseline, read-only:').waitFor();
    await page.getByRole('button', { name: `Back to ${first.name}’s version` }).click();
    await expect.poll(() => page.getByText('This is the baseline, read-only:').count()).toBe(0);

    // The facilitator sees every group connected, in its dialog too.
    await expect
      .poll(async () =>
        (await facilitator('room.status', {})).groups.map((g) => g.participants.some((p) => p.connected)),
      )
      .toEqual([true, true, true]);
    await deskPage.getByTestId('room-session-chip').click();
    await expect
      .poll(() => deskPage.getByTestId('room-join-code').allTextContents())
      .toEqual(status.groups.map((g) => g.code));
    await expect
      .poll(() => deskPage.getByTestId('room-connected').allTextContents())
      .toEqual(['1 laptop connected', '1 laptop connected', '1 laptop connected']);
    await deskPage.screenshot({ path: join(SCREENSHOTS, 'room-facilitator.png') });

    // End session (with its confirm): every participant's next request fails, and the pages say so.
    await deskPage.getByRole('button', { name: 'End session…' }).click();
    await deskPage.getByRole('button', { name: 'End session now' }).click();
    await deskPage.getByRole('button', { name: 'Start room session' }).waitFor();
    expect((await facilitator('room.status', {})).running).toBe(false);
    for (const [i, participant] of pages.entries()) {
      expect(await fromPage(participant, 'ping', status.groups[i].code, '{}')).toBe('failed');
    }
    await pages[0].getByText('The room session has ended').waitFor();

    expect(errors).toEqual([]);
    for (const context of [...contexts, desk]) await context.close();
  });
});
