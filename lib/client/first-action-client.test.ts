import { describe, expect, it } from 'vitest';
import { NOT_YET_AN_INTERVIEW } from '../interviews/not-yet-an-interview';
import { createRequestProxy, withRequests, type RequestCall } from '../messaging/request-proxy';
import type { SurfaceRequests } from '../background/background-service';
import type { DataClient, SurfaceClient } from './data-client';
import { routeFirstActions } from './first-action-client';

/** A client that records each message it would send: a request, or a first action (with its tab). */
function recordingClient() {
  const sent: unknown[] = [];
  const requests = createRequestProxy<SurfaceRequests>(async (call) => (sent.push(['request', call]), 'request answered'));
  const own = {
    firstAction: async (call: RequestCall, tabId?: number) => (sent.push(['firstAction', call, tabId]), 'first action answered'),
  } as Partial<SurfaceClient> as SurfaceClient;
  return { client: withRequests<SurfaceRequests, SurfaceClient>(requests, own) as DataClient, sent };
}

describe("the call sidebar's client", () => {
  it('sends a request naming the interview that does not exist yet as the first action, for its tab', async () => {
    const { client, sent } = recordingClient();
    const routed = routeFirstActions(client, 7);
    expect(await routed.interviews.setRating(NOT_YET_AN_INTERVIEW, 'q1', 'yes')).toBe('first action answered');
    await routed.interviews.saveNote({ sessionId: NOT_YET_AN_INTERVIEW, questionId: 'q1', text: 'R', revision: 1 });
    expect(sent).toEqual([
      ['firstAction', { service: 'interviews', method: 'setRating', args: [NOT_YET_AN_INTERVIEW, 'q1', 'yes'] }, 7],
      [
        'firstAction',
        {
          service: 'interviews',
          method: 'saveNote',
          args: [{ sessionId: NOT_YET_AN_INTERVIEW, questionId: 'q1', text: 'R', revision: 1 }],
        },
        7,
      ],
    ]);
  });

  it("sends every other request as it is: an existing interview's, another service's", async () => {
    const { client, sent } = recordingClient();
    const routed = routeFirstActions(client);
    expect(await routed.interviews.setRating('s1', 'q1', 'no')).toBe('request answered');
    await routed.kits.deleteKit(NOT_YET_AN_INTERVIEW);
    expect(sent).toEqual([
      ['request', { service: 'interviews', method: 'setRating', args: ['s1', 'q1', 'no'] }],
      ['request', { service: 'kits', method: 'deleteKit', args: [NOT_YET_AN_INTERVIEW] }],
    ]);
    // The client's own members are the client's; its namespaces are not mistaken for promises.
    expect(routed.firstAction).toBe(client.firstAction);
    expect((routed.interviews as { then?: unknown }).then).toBeUndefined();
  });
});
