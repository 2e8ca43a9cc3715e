package vn.mohinh.organisation;

/** Gender as the make-up figures count it ("trong đó ... nữ"). */
public enum Gender {

	MALE, FEMALE

}
