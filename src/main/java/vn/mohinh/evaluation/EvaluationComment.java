package vn.mohinh.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/**
 * A member's comment on an evaluation (đóng góp ý kiến): who wrote it, when, what. Written once and
 * never changed, so comments written at the same time never conflict with each other or with an
 * edit of the evaluation.
 */
@Entity
@Table(name = "evaluation_comment")
@Audited
class EvaluationComment {

	static final int MAX_BODY = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_comment_seq")
	@SequenceGenerator(name = "evaluation_comment_seq", sequenceName = "evaluation_comment_seq", allocationSize = 50)
	private Long id;

	private Long evaluationId;

	private String authorUsername;

	private String authorName;

	private Instant writtenAt;

	private String body;

	protected EvaluationComment() {
	}

	static EvaluationComment write(long evaluationId, Evaluation.Author author, String text, Instant now) {
		String body = Evaluation.paragraphs(text);
		if (body == null) {
			throw new EvaluationRuleException("body", "evaluation.error.comment.required");
		}
		if (body.length() > MAX_BODY) {
			throw new EvaluationRuleException("body", "evaluation.error.comment.size", MAX_BODY);
		}
		EvaluationComment comment = new EvaluationComment();
		comment.evaluationId = evaluationId;
		comment.authorUsername = author.username();
		comment.authorName = author.displayName() == null || author.displayName().isBlank() ? author.username()
				: author.displayName();
		comment.writtenAt = now;
		comment.body = body;
		return comment;
	}

	Long id() {
		return id;
	}

	String authorUsername() {
		return authorUsername;
	}

	String authorName() {
		return authorName;
	}

	Instant writtenAt() {
		return writtenAt;
	}

	String body() {
		return body;
	}

}
