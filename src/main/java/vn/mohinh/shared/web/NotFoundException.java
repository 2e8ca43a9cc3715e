package vn.mohinh.shared.web;

/** A record that does not exist, or that lies outside the user's scope (both answer 404). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
