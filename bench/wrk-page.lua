-- wrk: a signed-in page, GET, with the session cookie from the environment; prints p50 and p99.
function init(args)
    cookie = os.getenv("ARKA_COOKIE")
end

function request()
    return wrk.format("GET", nil, {["Cookie"] = cookie})
end

function done(summary, latency, requests)
    io.write(string.format("latency p50 %.2f ms p99 %.2f ms max %.2f ms requests %d non-2xx %d\n", latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.errors.status))
end
