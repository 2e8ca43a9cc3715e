package vn.mohinh.evaluation;

/** What the comment form posts. */
class CommentForm {

	private String body;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
