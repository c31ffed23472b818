/** Gender as recorded at registration; a plain enum so pure rules and forms need not import the entity. */
export enum Gender {
  FEMALE = 'F',
  MALE = 'M',
  UNKNOWN = 'U',
}
