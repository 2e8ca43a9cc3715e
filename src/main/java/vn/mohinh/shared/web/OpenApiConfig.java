package vn.mohinh.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API description: the browser session or a personal token, as the README says. */
@Configuration
class OpenApiConfig {

	@Bean
	OpenAPI mohinhOpenApi() {
		return new OpenAPI()
			.info(new Info().title("MoHinh API").version("v1")
				.description("Mô hình học tập và làm theo Bác. Lists return {items, page, size, total}; "
						+ "the caller's locality scope applies to every call."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
						.description("Personal API token created on the profile page")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
