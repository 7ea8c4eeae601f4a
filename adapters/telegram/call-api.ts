import type { Opts, Telegram as BotApiMethods } from 'telegraf/types';
import { toPlatformError } from './platform-error.js';

/** Calls one Bot API method. Handlers get this plain function, never a telegraf context, so tests need no mocks. */
export type CallApi = <M extends keyof BotApiMethods>(method: M, payload: Opts<M>) => Promise<ReturnType<BotApiMethods[M]>>;

/** Anything with telegraf's callApi (a Telegram instance). */
export interface ApiClientLike {
  callApi<M extends keyof BotApiMethods>(method: M, payload: Opts<M>): Promise<ReturnType<BotApiMethods[M]>>;
}

/** A CallApi over telegraf's client; every failure becomes a PlatformError naming the method. */
export function createCallApi(client: ApiClientLike): CallApi {
  return async (method, payload) => {
    try {
      return await client.callApi(method, payload);
    } catch (error) {
      throw toPlatformError(error, method);
    }
  };
}
