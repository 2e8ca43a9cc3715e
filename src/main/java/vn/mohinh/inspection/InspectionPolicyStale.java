package vn.mohinh.inspection;

/** Someone changed the policy since the form was opened. */
class InspectionPolicyStale extends RuntimeException {

	InspectionPolicyStale() {
		super("inspection policy changed meanwhile");
	}

}
