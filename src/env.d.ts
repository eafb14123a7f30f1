/** What the middleware (src/middleware.ts) gives every page. */
declare namespace App {
  interface Locals {
    /** The whole debate, loaded and validated once per build (src/lib/debate/loadDebate.ts). */
    debate: import('./lib/debate/loadDebate.ts').Debate;
  }
}
