import type { ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

/**
 * A list a Server Component already read for the page (a picker's choices, which do not change
 * while the page is open) is used as the server sent it, without going through the client cache:
 * writing a normalised answer and reading it back at hydration cost about 10 ms of main thread per
 * query on a tablet (4x CPU), and nothing else reads or refreshes these lists. Without an answer
 * (null: the server was refused, or component tests) the browser asks for it as before.
 */
export function useAnswerOrQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>, answer: TData | null, skip = false,
): { data: TData | undefined; error: ErrorLike | undefined } {
  // Only queries without variables (the lists above) come here.
  const result = useQuery(query as TypedDocumentNode<TData, OperationVariables>, { skip: skip || answer !== null });
  return answer !== null ? { data: answer, error: undefined } : { data: result.data as TData | undefined, error: result.error };
}
