package vn.mohinh.initiative;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.web.NotFoundException;

/**
 * The catalogue of types: everyone signed in reads it, administrators (the /admin pages) change it.
 * Other modules (evaluations: criteria per type, conversions) read the list through {@link #all()}.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeTypeCatalogue {

	private final InitiativeTypes types;

	InitiativeTypeCatalogue(InitiativeTypes types) {
		this.types = types;
	}

	/** Every type, those in use first, in Vietnamese order. */
	public List<InitiativeTypeView> all() {
		return types.findAllInOrder().stream().map(InitiativeType::view).toList();
	}

	InitiativeTypeView read(long id) {
		return types.findById(id).map(InitiativeType::view).orElseThrow(() -> new NotFoundException("type", id));
	}

	@Transactional
	long define(String name, InitiativeField field, String description) {
		requireNameFree(name, 0);
		return types.saveAndFlush(InitiativeType.define(name, field, description)).id();
	}

	@Transactional
	void revise(long id, long expectedVersion, String name, InitiativeField field, String description) {
		InitiativeType type = current(id, expectedVersion);
		requireNameFree(name, id);
		type.revise(name, field, description);
		flush(type);
	}

	@Transactional
	void retire(long id, long expectedVersion) {
		InitiativeType type = current(id, expectedVersion);
		type.retire(LocalDate.now());
		flush(type);
	}

	@Transactional
	void reinstate(long id, long expectedVersion) {
		InitiativeType type = current(id, expectedVersion);
		type.reinstate();
		flush(type);
	}

	private void requireNameFree(String name, long exceptId) {
		types.findByNameKey(InitiativeType.keyOf(name)).filter(t -> t.id() != exceptId).ifPresent(t -> {
			throw new InitiativeRuleException("name", "initiative.type.error.name.taken", t.name());
		});
	}

	private InitiativeType current(long id, long expectedVersion) {
		InitiativeType type = types.findById(id).orElseThrow(() -> new NotFoundException("type", id));
		if (type.version() != expectedVersion) {
			throw new StaleInitiativeException(id);
		}
		return type;
	}

	private void flush(InitiativeType type) {
		try {
			types.saveAndFlush(type);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleInitiativeException(type.id());
		}
	}

}
