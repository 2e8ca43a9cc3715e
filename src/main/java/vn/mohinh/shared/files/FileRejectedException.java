package vn.mohinh.shared.files;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An upload the {@link FileStore} refused. {@link #messageKey()} is a shared message; a module that
 * words it its own way uses {@link #reason()} and {@link #args()}.
 */
public class FileRejectedException extends RuntimeException {

	/** Why; {@link #code()} ends the message keys ({@code files.error.tooLarge}). */
	public enum Reason {

		EMPTY("empty"), TOO_LARGE("tooLarge"), TYPE("type");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	private final Reason reason;
	private final transient Object[] args;

	FileRejectedException(Reason reason, Object... args) {
		super("files.error." + reason.code());
		this.reason = reason;
		this.args = args;
	}

	static FileRejectedException tooLarge(long maxBytes) {
		return new FileRejectedException(Reason.TOO_LARGE, maxBytes / (1024.0 * 1024.0));
	}

	static FileRejectedException type(Set<FileType> accepted) {
		return new FileRejectedException(Reason.TYPE,
				accepted.stream().sorted().map(FileType::name).collect(Collectors.joining(", ")));
	}

	public Reason reason() {
		return reason;
	}

	/** {@code files.error.empty}, {@code files.error.tooLarge} (arg: MB) or {@code files.error.type} (arg: the accepted types). */
	public String messageKey() {
		return getMessage();
	}

	public Object[] args() {
		return args.clone();
	}

}
