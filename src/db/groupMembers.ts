// Van werk naar werk groups as the console shows them to werkgeversadviseurs: the employer's
// organisation with each group, and the members' routes (situation, proposals, introductions).
import type { Db } from './client';

export interface GroupMember {
  seekerId: string;
  profile: unknown | undefined;
  proposals: string[];
  /** `title`: the vacancy's, beside it for a short list. */
  introductions: { id: string; status: string; title: string; vacancy: { id: string; title: string } }[];
}

const GROUP = { include: { employer: { select: { id: true, organisation: true } } } } as const;

export class GroupMembers {
  constructor(private readonly db: Db) {}

  groups() {
    return this.db.transitionGroup.findMany({ ...GROUP, orderBy: { createdAt: 'desc' }, take: 500 });
  }

  group(id: string) {
    return this.db.transitionGroup.findUnique({ where: { id }, ...GROUP });
  }

  async members(groupId: string): Promise<GroupMember[]> {
    const rows = await this.db.seeker.findMany({
      where: { groupId },
      orderBy: { createdAt: 'asc' },
      take: 1000,
      select: {
        id: true,
        profile: { select: { data: true } },
        proposals: { select: { title: true }, orderBy: { score: 'desc' }, take: 10 },
        introductions: { select: { id: true, status: true, vacancy: { select: { id: true, title: true } } }, orderBy: { createdAt: 'desc' } },
      },
    });
    return rows.map((r) => ({ seekerId: r.id, profile: r.profile?.data, proposals: r.proposals.map((p) => p.title), introductions: r.introductions.map((i) => ({ ...i, title: i.vacancy.title })) }));
  }
}
