using System.Runtime.CompilerServices;

namespace EntityKit.Batching;

/// <summary>
/// Runs a function over a stream of items in parallel and yields the results in input order. At most
/// <see cref="BatchOptions.MaxBufferedArticles"/> items are in flight or waiting to be yielded, so memory is bounded
/// by that window whatever the stream's length; at most <see cref="BatchOptions.MaxDegreeOfParallelism"/> run at once.
/// </summary>
internal static class OrderedParallelBatch
{
    public delegate TResult Worker<in TItem, out TResult>(TItem? item, long position, CancellationToken cancellationToken);

    public static IEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> items,
        Worker<TItem, TResult> worker,
        BatchOptions options,
        CancellationToken cancellationToken)
        where TItem : class
    {
        if (options.MaxDegreeOfParallelism == 1)
        {
            return RunSequential(items, worker, cancellationToken);
        }

        return RunParallel(items, worker, options, cancellationToken);
    }

    private static IEnumerable<TResult> RunSequential<TItem, TResult>(
        IEnumerable<TItem> items, Worker<TItem, TResult> worker, CancellationToken cancellationToken)
        where TItem : class
    {
        long position = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return worker(item, position++, cancellationToken);
        }
    }

    private static IEnumerable<TResult> RunParallel<TItem, TResult>(
        IEnumerable<TItem> items, Worker<TItem, TResult> worker, BatchOptions options, CancellationToken cancellationToken)
        where TItem : class
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.MaxDegreeOfParallelism).ConcurrentScheduler;
        var window = new Queue<Task<TResult>>(options.MaxBufferedArticles);
        try
        {
            long position = 0;
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (window.Count >= options.MaxBufferedArticles)
                {
                    yield return window.Dequeue().GetAwaiter().GetResult();
                }

                window.Enqueue(Start(worker, item, position++, scheduler, cancellationToken));
            }

            while (window.Count > 0)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            DrainQuietly(window);
        }
    }

    public static async IAsyncEnumerable<TResult> RunAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items,
        Worker<TItem, TResult> worker,
        BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.MaxDegreeOfParallelism).ConcurrentScheduler;
        var window = new Queue<Task<TResult>>(options.MaxBufferedArticles);
        try
        {
            long position = 0;
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (window.Count >= options.MaxBufferedArticles)
                {
                    yield return await window.Dequeue().ConfigureAwait(false);
                }

                window.Enqueue(Start(worker, item, position++, scheduler, cancellationToken));
            }

            while (window.Count > 0)
            {
                yield return await window.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            DrainQuietly(window);
        }
    }

    private static Task<TResult> Start<TItem, TResult>(
        Worker<TItem, TResult> worker, TItem? item, long position, TaskScheduler scheduler, CancellationToken cancellationToken)
        where TItem : class
        => Task.Factory.StartNew(
            () => worker(item, position, cancellationToken),
            cancellationToken,
            TaskCreationOptions.DenyChildAttach,
            scheduler);

    /// <summary>When the consumer stops early or fails, waits for the tasks still running so none outlives the batch.</summary>
    private static void DrainQuietly<TResult>(Queue<Task<TResult>> window)
    {
        foreach (var task in window)
        {
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
                // The batch is already ending (cancelled or abandoned): the task's own failure is not news.
            }
        }
    }
}
