package com.example.shop.billing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

import com.example.shop.testsupport.architecture.BackendArchitecture;

/** The backend rules over the billing service and its core (see the rules' javadoc). */
@AnalyzeClasses(packages = "com.example.shop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests extends BackendArchitecture {

}
