// Who may manage digests in Slack: SLACK_EDITORS lists user ids (U…, W…) and user-group ids
// (S…). Unset means everyone, so a small newsroom needs no setup. Group members are looked up
// with usergroups.users.list (scope usergroups:read) and remembered for a few minutes.
import type { webApi } from '@slack/bolt';
import type { Log } from './log.ts';

const GROUP_CACHE_MS = 5 * 60_000;

export class SlackEditors {
  private readonly users: Set<string>;
  private readonly groups: string[];
  private readonly members = new Map<string, { users: Set<string>; until: number }>();

  constructor(
    ids: string[],
    private readonly log: Log,
  ) {
    this.users = new Set(ids.filter((id) => !id.startsWith('S')));
    this.groups = ids.filter((id) => id.startsWith('S'));
  }

  get everyone(): boolean {
    return this.users.size === 0 && this.groups.length === 0;
  }

  async isEditor(client: webApi.WebClient, user: string | null): Promise<boolean> {
    if (this.everyone) return true;
    if (!user) return false;
    if (this.users.has(user)) return true;
    for (const group of this.groups) {
      if ((await this.groupMembers(client, group)).has(user)) return true;
    }
    return false;
  }

  private async groupMembers(client: webApi.WebClient, group: string): Promise<Set<string>> {
    const cached = this.members.get(group);
    if (cached && cached.until > Date.now()) return cached.users;
    try {
      const result = await client.usergroups.users.list({ usergroup: group });
      const users = new Set(result.users ?? []);
      this.members.set(group, { users, until: Date.now() + GROUP_CACHE_MS });
      return users;
    } catch (error) {
      // Failing closed: without the group's members nobody is taken for an editor by it.
      const code = (error as { data?: { error?: string } }).data?.error ?? 'error';
      this.log('error', 'slack: reading a user group of SLACK_EDITORS failed', { code, usergroup: group });
      return new Set();
    }
  }
}
