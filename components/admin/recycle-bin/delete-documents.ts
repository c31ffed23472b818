import { graphql } from '@/graphql/generated';

/** The deletions that move a settings row into the recycle bin, for the settings screens' delete buttons. */

export const DeleteOfferMutation = graphql(`
  mutation DeleteOffer($id: ID!) { deleteOffer(id: $id) { id } }
`);

export const DeleteTreatmentMutation = graphql(`
  mutation DeleteTreatment($id: ID!) { deleteTreatment(id: $id) { id } }
`);

export const DeleteEquipmentMutation = graphql(`
  mutation DeleteEquipment($id: ID!) { deleteEquipment(id: $id) { id } }
`);

export const DeleteRoomMutation = graphql(`
  mutation DeleteRoom($id: ID!) { deleteRoom(id: $id) { id } }
`);

export const DeleteContactStatusMutation = graphql(`
  mutation DeleteContactStatus($id: ID!) { deleteContactStatus(id: $id) { id } }
`);

export const DeleteContactMethodMutation = graphql(`
  mutation DeleteContactMethod($id: ID!) { deleteContactMethod(id: $id) { id } }
`);

export const DeleteCampaignMutation = graphql(`
  mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }
`);
