import type { InputBlock, KnownBlock, PlainTextOption } from '@slack/types';
import type { Organization } from '../../../domain/contacts/contact';
import { EMAIL_MAX, EXTERNAL_ID_MAX, NAME_MAX, PHONE_MAX } from '../../../domain/contacts/contact-fields';
import type { OrganizationData, PersonData } from '../../../domain/contacts/contact-ports';
import type { Messages } from '../../../i18n';
import { ORGANIZATION_PICKER } from '../picker-ids';
import { ARCHIVED_VALUE, CONTACT_BLOCKS, LEAVE_VALUE } from './contact-ids';
import { organizationOption } from './contact-options';

function textInput(
  blockId: string,
  label: string,
  options: { initial?: string | null; optional?: boolean; maxLength?: number; hint?: string } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? true,
    label: { type: 'plain_text', text: label },
    ...(options.hint ? { hint: { type: 'plain_text', text: options.hint } } : {}),
    element: {
      type: 'plain_text_input',
      action_id: blockId,
      ...(options.maxLength ? { max_length: options.maxLength } : {}),
      ...(options.initial ? { initial_value: options.initial } : {}),
    },
  };
}

function checkboxInput(
  blockId: string,
  {
    label,
    optionText,
    value,
    checked,
  }: { label: string; optionText: string; value: string; checked: boolean },
): InputBlock {
  const option: PlainTextOption = { text: { type: 'plain_text', text: optionText }, value };
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'checkboxes',
      action_id: blockId,
      options: [option],
      ...(checked ? { initial_options: [option] } : {}),
    },
  };
}

function archivedInput(m: Messages, archived: boolean): InputBlock {
  const f = m.contacts.form;
  return checkboxInput(CONTACT_BLOCKS.archived, {
    label: f.archived,
    optionText: f.archivedOption,
    value: ARCHIVED_VALUE,
    checked: archived,
  });
}

/** A select cannot be emptied in Slack: leaving an organization is a choice of its own. */
function leaveOrganizationInput(m: Messages, organizationName: string): InputBlock {
  const f = m.contacts.form;
  const option = f.leaveOrganizationOption(organizationName).slice(0, 75);
  return checkboxInput(CONTACT_BLOCKS.leaveOrganization, {
    label: f.leaveOrganization,
    optionText: option,
    value: LEAVE_VALUE,
    checked: false,
  });
}

/** `archived` is present only when editing: the form then offers the Archived checkbox. */
export interface PersonFormValues extends Partial<PersonData> {
  organization?: Pick<Organization, 'id' | 'name' | 'orgNumber'> | null;
}

export function personFormBlocks(m: Messages, values: PersonFormValues = {}): KnownBlock[] {
  const f = m.contacts.form;
  const blocks: KnownBlock[] = [
    textInput(CONTACT_BLOCKS.name, f.name, { initial: values.name, optional: false, maxLength: NAME_MAX }),
    textInput(CONTACT_BLOCKS.email, f.email, { initial: values.email, maxLength: EMAIL_MAX }),
    textInput(CONTACT_BLOCKS.phone, f.phone, { initial: values.phone, maxLength: PHONE_MAX }),
    {
      type: 'input',
      block_id: CONTACT_BLOCKS.organization,
      optional: true,
      label: { type: 'plain_text', text: f.organization },
      element: {
        type: 'external_select',
        action_id: ORGANIZATION_PICKER,
        min_query_length: 0,
        placeholder: { type: 'plain_text', text: f.organizationPlaceholder },
        ...(values.organization ? { initial_option: organizationOption(values.organization) } : {}),
      },
    },
    textInput(CONTACT_BLOCKS.newOrganization, f.newOrganization, {
      maxLength: NAME_MAX,
      hint: f.newOrganizationHint,
    }),
    textInput(CONTACT_BLOCKS.externalId, f.externalId, {
      initial: values.externalId,
      maxLength: EXTERNAL_ID_MAX,
      hint: f.externalIdHint,
    }),
  ];
  if (values.archived !== undefined && values.organization) {
    blocks.splice(4, 0, leaveOrganizationInput(m, values.organization.name));
  }
  if (values.archived !== undefined) blocks.push(archivedInput(m, values.archived));
  return blocks;
}

export type OrganizationFormValues = Partial<OrganizationData>;

export function organizationFormBlocks(m: Messages, values: OrganizationFormValues = {}): KnownBlock[] {
  const f = m.contacts.form;
  const blocks: KnownBlock[] = [
    textInput(CONTACT_BLOCKS.name, f.name, { initial: values.name, optional: false, maxLength: NAME_MAX }),
    textInput(CONTACT_BLOCKS.orgNumber, f.orgNumber, {
      initial: values.orgNumber,
      maxLength: 20,
      hint: f.orgNumberHint,
    }),
    textInput(CONTACT_BLOCKS.email, f.email, { initial: values.email, maxLength: EMAIL_MAX }),
    textInput(CONTACT_BLOCKS.phone, f.phone, { initial: values.phone, maxLength: PHONE_MAX }),
    textInput(CONTACT_BLOCKS.externalId, f.externalId, {
      initial: values.externalId,
      maxLength: EXTERNAL_ID_MAX,
      hint: f.externalIdHint,
    }),
  ];
  if (values.archived !== undefined) blocks.push(archivedInput(m, values.archived));
  return blocks;
}
