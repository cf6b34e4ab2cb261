package io.parley.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.context.ApplicationContext;
import io.parley.bootstrap.support.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringIT {

    @Test
    void everyInPortResolvesToExactlyOneBean() {
        List<Class<?>> inPorts = new ClassFileImporter().withImportOption(ArchitectureTest.PRODUCTION_ONLY)
                .importPackages("io.parley.application").stream()
                .filter(JavaClass::isInterface)
                .filter(c -> c.getSimpleName().endsWith("UseCase"))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertThat(inPorts).contains(io.parley.application.account.RegisterAccountUseCase.class,
                io.parley.application.profile.SearchUsersUseCase.class);

        ApplicationContext context = TestServer.parley().context();
        for (Class<?> port : inPorts) {
            assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
        }
    }
}
