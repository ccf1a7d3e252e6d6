import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of the page being rendered on the server. In the browser it is
 * empty: browsers hide nonces from the DOM, and the scripts that need it have already run.
 */
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
