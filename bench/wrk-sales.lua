-- wrk: each connection posts sales of one loaf through the shop's form, each with an
-- idempotency key of its own; every fifth request sends the key before it again (a sale sent
-- twice over a weak network). The session cookie, the form's CSRF token and the day come from
-- the environment (bench/serve.sh signs in first). At the end it prints, per thread, how many
-- keys it made: bench/serve.sh replays them all and counts the sales.
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    made = 0
    last = nil
    cookie = os.getenv("ARKA_COOKIE")
    csrf = os.getenv("ARKA_CSRF")
    day = os.getenv("ARKA_DAY")
    path = os.getenv("ARKA_SALE_PATH")
    prefix = os.getenv("ARKA_KEY_PREFIX") or "load"
end

function request()
    counter = counter + 1
    local key
    if counter % 5 == 0 and last ~= nil then
        key = last
    else
        made = made + 1
        key = string.format("%s-t%02d-%09d", prefix, tid, made)
        last = key
    end
    local body = "csrf=" .. csrf .. "&key=" .. key .. "&qty.BUKE=1&payment=cash&date=" .. day .. "&record=1"
    return wrk.format("POST", path, {["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

function done(summary, latency, requests)
    for _, thread in ipairs(threads) do
        io.write(string.format("keys t%02d %d\n", thread:get("tid"), thread:get("made")))
    end
    io.write(string.format("latency p50 %.2f ms p99 %.2f ms max %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
    io.write(string.format("requests %d errors connect %d read %d write %d status %d timeout %d\n", summary.requests,
        summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
