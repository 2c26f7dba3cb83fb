/**
 * A module's unit of work over its repositories: reads outside a transaction, or work inside one (the
 * repositories a read needs may be fewer).
 */
export interface TransactionalStore<Repos, ReadRepos = Repos> {
  read<T>(work: (repos: ReadRepos) => Promise<T>): Promise<T>;
  transaction<T>(work: (repos: Repos) => Promise<T>): Promise<T>;
}
