import type { OperationName, ParsedRequestOf, ResponseOf } from '../../core/api/contract';
import type { BackendContext } from '../context';

export type Handler<N extends OperationName> = (
  request: ParsedRequestOf<N>,
  context: BackendContext,
) => ResponseOf<N> | Promise<ResponseOf<N>>;

/** One handler per operation; the type makes a missing or misspelt handler a compile error. */
export type HandlerMap = { [N in OperationName]: Handler<N> };

export type HandlerGroup<N extends OperationName> = { [K in N]: Handler<K> };
