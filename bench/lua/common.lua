-- Shared by every scenario: numbers each wrk thread (so that prepared codes and tokens are split between threads,
-- each used once) and prints one machine-readable result line that bench/run.sh collects.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

-- The lines of file `path` that belong to thread `id` of `count` (every count-th line from the id-th).
function lines_of_thread(path, id, count)
  local mine, n = {}, 0
  for line in io.lines(path) do
    if n % count == id then
      mine[#mine + 1] = line
    end
    n = n + 1
  end
  return mine
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d non2xx=%d socket_errors=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
    summary.duration, latency:percentile(50), latency:percentile(99)))
end
