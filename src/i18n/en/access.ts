/** English strings of who may use Touchbase (product §1, Outsiders). sv/access.ts has the same keys. */
export const access = {
  guest:
    'Touchbase is for the staff of this workspace, so guests cannot use it. If you need something recorded, ask the person you work with here.',
  external:
    'Touchbase is for the staff of this workspace, so people from other organizations cannot use it. If you need something recorded, ask the person you work with here.',
  unverified: 'Touchbase could not check your account with Slack just now. Please try again in a moment.',
  otherWorkspace: 'Touchbase is not set up for your workspace.',
  homeHeading: 'Touchbase is for staff',
  admin: {
    heading: 'Guests',
    intro:
      'Single-channel guests and people from other organizations (Slack Connect) can never use Touchbase. Multi-channel guests can if you allow it: they then search contacts and see and log activities like staff, but cannot be made responsible.',
    admitted: '*Multi-channel guests:* allowed, like staff.',
    refused: '*Multi-channel guests:* not allowed.',
    admit: 'Allow',
    refuse: 'Stop allowing',
    admitConfirmTitle: 'Allow guests?',
    admitConfirmText:
      'Multi-channel guests will see the contact register and every activity that is not private. Allow them?',
    admitConfirmButton: 'Allow',
    done: {
      admitted: 'Multi-channel guests can now use Touchbase like staff.',
      refused: 'Multi-channel guests can no longer use Touchbase.',
    },
  },
};
