/**
 * The one shape of a use case (docs/adr/0003-use-case-shape.md):
 *
 *     useCase(deps, principal, input): Promise<output>
 *
 * - `deps`: the repositories, clock and settings it needs, as one object. A module's use cases share one
 *   `deps` type (each may ask for a `Pick` of it), so the composition root binds a module once.
 * - `principal`: who acts — the signed-in `Principal` of `core/identity`. A use case open to anyone (an
 *   anonymous visitor, a signed-in one, or the system's own jobs: registration, login, the public directory
 *   and slot search, the worker's sweeps) takes `Principal | null` and reads it only where it changes the
 *   answer; the system's own jobs pass `null`.
 * - `input`: one object with what is asked, the request's `origin` (address and browser, for the audit log)
 *   included; left out when the principal says it all (`listWards(deps, principal)`).
 *
 * `Caller` is a parameter because `shared` cannot name `Principal` (identity depends on shared).
 */
export type UseCase<Deps, Caller, Input, Output> = (
  deps: Deps,
  principal: Caller,
  input: Input,
) => Promise<Output>;

/** Any use case over `Deps` (whatever its principal, input and output): what a module's object holds. */
type UseCaseOf<Deps> = UseCase<Deps, never, never, unknown>;

/** A module's use cases with their dependencies bound: each is called as `(principal, input)`. */
export type BoundUseCases<Module> = {
  [Name in keyof Module]: Module[Name] extends (deps: never, ...rest: infer Rest) => infer Output
    ? (...rest: Rest) => Output
    : never;
};

/**
 * Binds every use case of a module to the module's dependencies, once, at the composition root:
 * `bindUseCases(bookingDeps, bookingUseCases).book(principal, input)` runs
 * `bookAppointment(bookingDeps, principal, input)`. Names, parameters and results keep their types.
 */
export function bindUseCases<Deps, Module extends Record<string, UseCaseOf<Deps>>>(
  deps: Deps,
  module: Module,
): BoundUseCases<Module> {
  const bound: Record<string, (principal: never, input: never) => Promise<unknown>> = {};
  for (const [name, useCase] of Object.entries(module)) {
    bound[name] = (principal, input) => useCase(deps, principal, input);
  }
  return bound as BoundUseCases<Module>;
}
