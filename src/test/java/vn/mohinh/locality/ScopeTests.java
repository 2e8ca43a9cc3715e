package vn.mohinh.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScopeTests {

	@Test
	void coversItsSubtreesOnly() {
		Scope scope = new Scope(false, List.of("/1/2/", "/9/"));
		assertThat(scope.covers("/1/2/")).isTrue();
		assertThat(scope.covers("/1/2/33/")).isTrue();
		assertThat(scope.covers("/9/4/")).isTrue();
		assertThat(scope.covers("/1/")).isFalse();
		assertThat(scope.covers("/1/22/")).isFalse();
		assertThat(scope.covers(null)).isFalse();
	}

	@Test
	void everywhereAndNowhere() {
		assertThat(Scope.EVERYWHERE.covers("/5/")).isTrue();
		assertThat(Scope.NOWHERE.covers("/5/")).isFalse();
	}

}
