import type { AuditLog } from '../audit';
import type { AccountRepository, OutboxPort } from '../identity';
import type { Clock } from '../shared';
import type { StoredFilesRepository } from '../uploads';
import type {
  CannedAnswer,
  HelpArticle,
  SupportCategory,
  SupportMessage,
  SupportMessageAuthor,
  SupportScope,
  SupportTicket,
  SupportTicketSource,
  SupportTicketStatus,
} from './support.types';
import type { SupportHours } from './support-hours';
import type { TicketTimes } from './support-metrics';

export interface NewSupportTicket {
  accountId: string | null;
  organizationId: string | null;
  category: SupportCategory;
  source: SupportTicketSource;
  subject: string;
  page: string | null;
  at: Date;
}

export interface SupportQueueFilter {
  scope: SupportScope;
  status?: SupportTicketStatus;
  /** Only the tickets assigned to this account (`mine`), or only unassigned ones (`null`). */
  assigneeAccountId?: string | null;
  page: number;
  pageSize: number;
}

export interface SupportStatusChange {
  from: SupportTicketStatus;
  to: SupportTicketStatus;
  at: Date;
}

export interface SupportTicketRepository {
  /** Stores the ticket with the next `ОБ-YYYY-NNNNNN` number. */
  create(ticket: NewSupportTicket): Promise<SupportTicket>;
  find(id: string): Promise<SupportTicket | null>;
  /** The accounts holding the support operator's role (not blocked): told of every new ticket. */
  operatorAccountIds(): Promise<string[]>;
  /** Whether the clinic a ticket is filed for exists. */
  organizationExists(id: string): Promise<boolean>;
  /** The account's own tickets, newest first. */
  listForAccount(accountId: string): Promise<SupportTicket[]>;
  /** The queue: open tickets first, oldest first; with the total number of matches. */
  search(filter: SupportQueueFilter): Promise<{ items: SupportTicket[]; total: number }>;
  /** Conditional on the current status being `from`: false when someone else moved it first. */
  setStatus(id: string, change: SupportStatusChange): Promise<boolean>;
  assign(id: string, assigneeAccountId: string, at: Date): Promise<void>;
  /** Sets the first response time once (later operator messages leave it). */
  markFirstResponse(id: string, at: Date): Promise<void>;
  /** The times of the tickets opened in `[from, to)` within the scope, for the metrics. */
  timesBetween(scope: SupportScope, from: Date, to: Date): Promise<TicketTimes[]>;
  /**
   * Announces live (the live chat) that the ticket changed, at commit: to its author, its assignee, and while
   * nobody has taken it to every support operator. Ids only.
   */
  announce(id: string): Promise<void>;
}

export interface SupportMessageRepository {
  /** The text is encrypted at rest. */
  add(message: {
    ticketId: string;
    author: SupportMessageAuthor;
    authorAccountId: string | null;
    text: string;
    at: Date;
  }): Promise<SupportMessage>;
  /** Oldest first. */
  listForTicket(ticketId: string): Promise<SupportMessage[]>;
  /** The files attached to the ticket (the screenshot), oldest first. */
  attachmentIds(ticketId: string): Promise<string[]>;
}

export interface HelpArticleRepository {
  /** Articles matching the words (PostgreSQL full-text search, `russian`), best first; all when `query` is empty. */
  search(query: string, limit: number): Promise<HelpArticle[]>;
  findBySlug(slug: string): Promise<HelpArticle | null>;
  /** Creates or replaces the article with this slug. */
  save(article: Omit<HelpArticle, 'id' | 'updatedAt'> & { at: Date }): Promise<HelpArticle>;
}

export interface CannedAnswerRepository {
  list(): Promise<CannedAnswer[]>;
  /** Creates (no id) or replaces one; null when the id is unknown. */
  save(answer: { id?: string; title: string; text: string; at: Date }): Promise<CannedAnswer | null>;
}

/** Everything one support transaction may touch. */
export interface SupportRepos {
  tickets: SupportTicketRepository;
  messages: SupportMessageRepository;
  articles: HelpArticleRepository;
  cannedAnswers: CannedAnswerRepository;
  accounts: Pick<AccountRepository, 'findById'>;
  storedFiles: Pick<StoredFilesRepository, 'attach'>;
  outbox: OutboxPort;
  audit: AuditLog;
}

export interface SupportStore {
  transaction<T>(work: (repos: SupportRepos) => Promise<T>): Promise<T>;
}

export interface SupportDeps {
  store: SupportStore;
  clock: Clock;
  hours: SupportHours;
}
