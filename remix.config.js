/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverBuildPath: "build/server/index.js",
  serverPlatform: "node",
  browserNodeBuiltinsPolyfill: { modules: {} },
  watchPaths: ["locales/**/*.json"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Off: with a catch-all route ($.tsx for the 404 page) a fetcher to a route the browser has not
    // discovered yet (the HS hint while typing) matched the catch-all and answered with an error page
    // that replaced the form. The whole manifest is small.
    v3_lazyRouteDiscovery: false,
    v3_singleFetch: false,
  },
};
