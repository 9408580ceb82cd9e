package com.showroomassistant;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module arrows honest and writes the module diagrams, committed under docs/modules. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ShowroomAssistantApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, "docs/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
