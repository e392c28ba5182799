// Who signs, with their real post (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7): from the settings, else from the
// roster's chức vụ column. The Director signs as "GIÁM ĐỐC"; a deputy signs for the Director as "KT. GIÁM ĐỐC /
// PHÓ GIÁM ĐỐC" (II.7.b); the council's chair and standing member carry their council title and their post in the
// agency (II.7.c, the council uses the agency's seal); a unit's head signs with the unit's title ("TRƯỞNG PHÒNG").
import type { PersonProfile } from "../core/directory/profile";
import type { DirectoryService } from "../core/directory/service";
import type { Person, Unit } from "../core/directory/types";
import { foldText } from "../kernel/text";
import type { Signature } from "./layout";
import type { DocumentSettings } from "./settings";
import { inRunningText } from "./words";

/** The title of a unit's head, read from the unit's name; null when the name says nothing (then the roster must). */
export function unitHeadTitle(unitName: string): string | null {
  const folded = foldText(unitName);
  if (folded.startsWith("van phong")) return "Chánh Văn phòng";
  if (folded.startsWith("thanh tra")) return "Chánh Thanh tra";
  if (folded.startsWith("trung tam")) return "Giám đốc Trung tâm";
  if (folded.startsWith("chi cuc")) return "Chi cục trưởng";
  if (folded.startsWith("phong")) return "Trưởng phòng";
  if (folded.startsWith("ban ")) return "Trưởng ban";
  return null;
}

/** A post written out with the body it is held in, for a signer who signs outside their unit ("Trưởng phòng Cải cách hành chính"). */
export function postWithUnit(position: string, unit: Unit | null): string {
  const generic = ["truong phong", "truong ban", "pho truong phong", "pho truong ban"].includes(foldText(position));
  return generic && unit ? `${position} ${unit.name.replace(/^(phòng|ban)\s+/i, "")}` : position;
}

export interface Signers {
  director(): string | null;
  /** The Director, or a deputy signing for them, for the year's plan and report. */
  forDirector(): Signature | null;
  chair(): { name: string; post: string } | null;
  standing(): { name: string; title: string; post: string } | null;
  unitHead(unitId: number): { name: string; title: string } | null;
}

/** A person's post from the roster's profile, with their unit where the post names none; profiles read once. */
export function createPostOf(directory: DirectoryService): (person: Person) => string {
  let profiles: Map<number, PersonProfile> | null = null;
  return (person) => {
    profiles ??= directory.profilesForDocuments();
    const position = profiles.get(person.id)?.position;
    return position ? postWithUnit(position, directory.unit(person.unitId)) : "";
  };
}

export function createSigners(directory: DirectoryService, settings: DocumentSettings, agencyName: string): Signers {
  // profiles and the people holding a post are read once per document, not once per signer asked for
  let profiles: Map<number, PersonProfile> | null = null;
  const readProfiles = () => {
    profiles ??= directory.profilesForDocuments();
    return profiles;
  };
  const positionOf = (person: Person) => readProfiles().get(person.id)?.position ?? null;
  const withPosition = (wanted: string) =>
    [...readProfiles()]
      .filter(([, profile]) => foldText(profile.position ?? "") === wanted)
      .map(([id]) => directory.getPerson(id))
      .filter((p) => p.status === "active");
  let found: { director: string | null; deputies: string[] } | null = null;
  const lookup = () => {
    found ??= {
      director: settings.director || withPosition("giam doc")[0]?.fullName || null,
      deputies: settings.deputies.length > 0 ? settings.deputies : withPosition("pho giam doc").map((p) => p.fullName),
    };
    return found;
  };
  const director = () => lookup().director;
  const deputies = () => lookup().deputies;
  const agencyPost = (post: string) => `${post} ${inRunningText(agencyName)}`;

  return {
    director,
    forDirector(): Signature | null {
      const deputy = settings.deputyInCharge || deputies()[0];
      if (deputy) return { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: deputy };
      const name = director();
      return name ? { title: "GIÁM ĐỐC", name } : null;
    },
    chair() {
      const name = settings.councilChair || director();
      if (!name) return null;
      const post = settings.councilChairPosition || (name === director() ? agencyPost("Giám đốc") : "");
      return post ? { name, post } : null;
    },
    standing() {
      const fromRoster = directory.withRole("secretary")[0];
      const name = settings.councilStanding || fromRoster?.fullName;
      const title = settings.councilStandingTitle;
      const rosterPost = fromRoster && name === fromRoster.fullName ? positionOf(fromRoster) : null;
      const post = settings.councilStandingPosition || (rosterPost ? postWithUnit(rosterPost, directory.unit(fromRoster?.unitId ?? -1)) : "");
      return name && title && post ? { name, title, post } : null;
    },
    unitHead(unitId) {
      const head = directory.unitHeads(unitId)[0];
      const unit = directory.unit(unitId);
      if (!head || !unit) return null;
      const title = positionOf(head) ?? unitHeadTitle(unit.name);
      return title ? { name: head.fullName, title } : null;
    },
  };
}
