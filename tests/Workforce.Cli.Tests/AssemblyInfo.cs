// The CLI tests start real solver runs on the sample; two at once on a two-core machine would only
// slow each other down.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
