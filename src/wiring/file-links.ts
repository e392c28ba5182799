// One-time file links bound to this app: the service over its table, the port an adapter uses to offer a file to the
// person behind an account (PUBLIC_URL + /file/<token>), and the door the HTTP route opens links through.
import { FILE_LINK_PATH, type FileLinkDoor } from "../adapters/file-link-route";
import type { DirectoryService } from "../core/directory/service";
import { createFileLinks } from "../core/file-links/service";
import type { AuditLog, UnitOfWork } from "../core/ports";
import type { Db } from "../db/client";
import { createFileLinkRepo } from "../db/repos/file-links";
import type { FileLinkPort } from "../kernel/files";
import type { Locale } from "../kernel/locale";
import type { Clock } from "../kernel/ports";

export interface FileLinkWiring {
  db: Db;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  defaultLocale: Locale;
  /** PUBLIC_URL, the https address of the bot's HTTP server; without it no link is made. */
  publicUrl?: string;
  /** FILE_LINK_HOURS. */
  hours: number;
}

export function createFileLinkWiring(deps: FileLinkWiring) {
  const { directory } = deps;
  const links = createFileLinks({
    repo: createFileLinkRepo(deps.db),
    audit: deps.audit,
    clock: deps.clock,
    uow: deps.uow,
    ttlMs: deps.hours * 3600_000,
    isActive(personId) {
      try {
        return directory.getPerson(personId).status === "active";
      } catch {
        return false;
      }
    },
  });
  const base = deps.publicUrl?.replace(/\/+$/, "");

  const port: FileLinkPort = {
    enabled: base !== undefined,
    hours: deps.hours,
    offer(to, file, kind) {
      if (base === undefined) return null;
      const person = directory.resolveAccount(to);
      if (person?.status !== "active") return null;
      const issued = links.issue({ id: person.id, locale: person.locale ?? deps.defaultLocale }, file, kind);
      return issued ? { url: `${base}${FILE_LINK_PATH}${issued.token}`, expiresAt: issued.expiresAt } : null;
    },
  };
  const door: FileLinkDoor = { look: links.look, take: links.take };
  return { links, port, door };
}
