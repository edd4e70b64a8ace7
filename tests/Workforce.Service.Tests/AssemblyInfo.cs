// The service tests start real service processes that solve rosters; two at once on a two-core machine
// would only slow each other down and blur the timing of the fault tests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
