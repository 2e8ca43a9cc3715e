package vn.mohinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** MoHinh: the register and working tool for "học tập và làm theo Bác" models. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "MoHinh", sharedModules = "shared")
public class MoHinhApplication {

	public static void main(String[] args) {
		SpringApplication.run(MoHinhApplication.class, args);
	}

}
