enum WorkflowsPlaceholder {}
