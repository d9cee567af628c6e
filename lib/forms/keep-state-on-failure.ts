import { unstable_rethrow } from "next/navigation";

/**
 * Wraps a server action for `useActionState` so that a request that fails outright (the
 * session ended and the server answered 401, the network dropped) returns a form state
 * instead of throwing to an error page: what the editor typed or decided stays on screen.
 * Navigation done by the action (redirect) is Next's own and is passed through.
 */
export function keepStateOnFailure<State>(
  action: (state: State, formData: FormData) => Promise<State>,
  onFailure: (state: State, formData: FormData) => State,
): (state: State, formData: FormData) => Promise<State> {
  return async (state, formData) => {
    try {
      return await action(state, formData);
    } catch (error) {
      unstable_rethrow(error);
      return onFailure(state, formData);
    }
  };
}

export const SESSION_LOST_MESSAGE =
  "The server refused the request: your session may have ended, or the connection dropped. Nothing was saved and nothing you entered is lost: sign in again in another tab, then submit again.";
