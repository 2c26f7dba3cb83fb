import { describe, expect, expectTypeOf, it } from 'vitest';
import { bindUseCases } from './use-case';

interface Deps {
  greeting: string;
}
type Caller = { name: string } | null;

const greet = async (deps: Deps, principal: Caller, input: { punctuation: string }) =>
  `${deps.greeting}, ${principal?.name ?? 'stranger'}${input.punctuation}`;
const whoAmI = async (_deps: Pick<Deps, never>, principal: { name: string }) => principal.name;

describe('bindUseCases', () => {
  const bound = bindUseCases({ greeting: 'Hello' }, { greet, whoAmI });

  it('passes the bound dependencies, the principal and the input through', async () => {
    expect(await bound.greet({ name: 'Anna' }, { punctuation: '!' })).toBe('Hello, Anna!');
    expect(await bound.greet(null, { punctuation: '.' })).toBe('Hello, stranger.');
    expect(await bound.whoAmI({ name: 'Boris' })).toBe('Boris');
  });

  it('keeps each use case its own parameters and result', () => {
    expectTypeOf(bound.greet).parameters.toEqualTypeOf<[principal: Caller, input: { punctuation: string }]>();
    expectTypeOf(bound.whoAmI).returns.toEqualTypeOf<Promise<string>>();
    expect(Object.keys(bound)).toEqual(['greet', 'whoAmI']);
  });

  it('binds only the one shape: nothing after the input', () => {
    const positional = async (_deps: Deps, _principal: null, _patientId: string, _origin: string) => 0;
    // @ts-expect-error a use case takes (deps, principal, input), not positional arguments
    expect(Object.keys(bindUseCases({ greeting: 'Hi' }, { positional }))).toEqual(['positional']);
  });
});
