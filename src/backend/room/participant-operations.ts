import { z } from 'zod';
import type { ScenarioSummary } from '../../core/api/contract';
import type { ApiErrorCode, ApiResult } from '../../core/api/errors';
import type { ParticipantOperation, RoomJoinInfo } from '../../core/api/room-protocol';
import type { Dispatch } from '../api/dispatch';

/** One group's place in the session: everything the server fills in for it. */
export interface RoomGroupScope {
  groupName: string;
  projectName: string;
  /** The facilitator's project path: used server-side, never sent to a participant. */
  path: string;
  baselineId: string;
  variantId: string;
}

export interface ParticipantAnswer {
  status: number;
  body: ApiResult<unknown>;
}

const scenarioId = z.string().min(1).max(200);
/** Strict: a participant's request has no room for a path, a project or anything else. */
const requestSchemas = {
  hello: z.object({}).strict(),
  join: z.object({}).strict(),
  ping: z.object({}).strict(),
  'scenario.list': z.object({}).strict(),
  'scenario.load': z.object({ scenarioId }).strict(),
  'scenario.save': z.object({ scenarioId, scenario: z.record(z.string(), z.unknown()) }).strict(),
} satisfies Record<ParticipantOperation, z.ZodType>;

export function refusal(status: number, code: ApiErrorCode, message: string): ParticipantAnswer {
  return { status, body: { ok: false, error: { code, message } } };
}

const ok = (value: unknown): ParticipantAnswer => ({ status: 200, body: { ok: true, value } });

/**
 * A participant's operation, run through the backend's own dispatch with the path and the allowed
 * scenario ids filled in here. The group may read the baseline and its own variant, and write only its
 * own variant; another group's scenario is refused as if it did not exist for this code.
 */
export async function runParticipantOperation(
  dispatch: Dispatch,
  scope: RoomGroupScope,
  operation: Exclude<ParticipantOperation, 'hello'>,
  payload: unknown,
): Promise<ParticipantAnswer> {
  const parsed = requestSchemas[operation].safeParse(payload);
  if (!parsed.success) {
    return refusal(
      400,
      'invalid-request',
      `The request for ${operation} is not valid in a room session: ${parsed.error.issues.map((i) => i.message).join('; ')}.`,
    );
  }
  const request = parsed.data as { scenarioId?: string; scenario?: Record<string, unknown> };
  switch (operation) {
    case 'join':
      return ok(joinInfo(scope, await ownScenarios(dispatch, scope)));
    case 'ping':
      return ok({ running: true });
    case 'scenario.list':
      return answer(await dispatch('scenario.list', { path: scope.path }), (list) =>
        (list as ScenarioSummary[]).filter((s) => s.id === scope.baselineId || s.id === scope.variantId),
      );
    case 'scenario.load': {
      const id = request.scenarioId!;
      if (id !== scope.baselineId && id !== scope.variantId) return notYours(scope);
      // A participant's read must not change the scenario the facilitator's project reopens on.
      return answer(await dispatch('scenario.load', { path: scope.path, scenarioId: id, remember: false }));
    }
    case 'scenario.save': {
      const id = request.scenarioId!;
      if (id === scope.baselineId) {
        return refusal(
          403,
          'forbidden',
          `The baseline is read-only in a room session: group ${scope.groupName} edits its own variant.`,
        );
      }
      if (id !== scope.variantId) return notYours(scope);
      // The variant keeps its name: the facilitator's board and debrief know the group by it.
      const current = (await ownScenarios(dispatch, scope)).variant;
      return answer(
        await dispatch('scenario.save', {
          path: scope.path,
          scenarioId: id,
          scenario: { ...request.scenario, name: current.name },
        }),
      );
    }
  }
}

function notYours(scope: RoomGroupScope): ParticipantAnswer {
  return refusal(
    403,
    'forbidden',
    `That scenario is not open to group ${scope.groupName}: a group sees the baseline and edits its own variant only.`,
  );
}

/** A dispatch result as an HTTP answer: the backend's own errors stay data (200), as in browser mode. */
function answer(result: ApiResult<unknown>, map: (value: unknown) => unknown = (v) => v): ParticipantAnswer {
  return result.ok ? ok(map(result.value)) : { status: 200, body: result };
}

async function ownScenarios(dispatch: Dispatch, scope: RoomGroupScope) {
  const listed = await dispatch('scenario.list', { path: scope.path });
  const list = listed.ok ? (listed.value as ScenarioSummary[]) : [];
  const nameOf = (id: string, fallback: string) => list.find((s) => s.id === id)?.name ?? fallback;
  return {
    baseline: { id: scope.baselineId, name: nameOf(scope.baselineId, 'Baseline') },
    variant: { id: scope.variantId, name: nameOf(scope.variantId, scope.groupName) },
  };
}

function joinInfo(scope: RoomGroupScope, scenarios: Awaited<ReturnType<typeof ownScenarios>>): RoomJoinInfo {
  return { groupName: scope.groupName, projectName: scope.projectName, ...scenarios };
}
